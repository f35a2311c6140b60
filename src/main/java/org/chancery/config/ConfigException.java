package org.chancery.config;

/** A setting that cannot be used, said in one line that names where it was written. */
public final class ConfigException extends IllegalArgumentException {
    public ConfigException(String message) {
        super(message);
    }
}
