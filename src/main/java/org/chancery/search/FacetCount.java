package org.chancery.search;

/** A value of a facet (a type, a year) and how many of the matches have it. */
public record FacetCount<T>(T value, int count) {
}
