package org.iccindex.site.api.v1;

import java.util.List;

/** The scored areas of an edition, in report order. */
public record AreaList(String edition, List<AreaInfo> areas) {}
