package org.iccindex.practice.web;

/** One choice of a select or a set of checkboxes. */
record Option(String value, String label, boolean selected) {}
