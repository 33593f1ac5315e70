package org.iccindex.site.api.v1;

/** A parameter that could not be used: its name, the value given, and what it accepts. */
public record ParameterProblem(String parameter, String value, String message) {}
