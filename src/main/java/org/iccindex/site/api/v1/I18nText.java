package org.iccindex.site.api.v1;

/** A text in English and in French. */
public record I18nText(String en, String fr) {}
