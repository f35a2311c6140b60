package org.chancery.web;

/** The page for a request that failed: its status, a heading and what went wrong. */
public record ErrorPage(int status, String title, String message) {
}
