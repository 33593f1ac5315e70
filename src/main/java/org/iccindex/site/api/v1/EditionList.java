package org.iccindex.site.api.v1;

import java.util.List;

/** Every edition this installation knows, oldest first. */
public record EditionList(List<EditionSummary> editions) {}
