package org.iccindex.site.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.iccindex.site.data.LeagueQuery;
import org.iccindex.site.data.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/** Addresses of the home page that keep the current filters, e.g. to sort on another column. */
final class LeagueLinks {
    private final Map<String, String> params = new LinkedHashMap<>();

    LeagueLinks(LeagueQuery query) {
        if (query.onlyThisEdition()) {
            params.put("edition", query.edition().edition().value());
        }
        if (query.snapshotGiven()) {
            params.put("snapshot", query.snapshot().toString());
        }
        query.round().ifPresent(r -> params.put("round", String.valueOf(r)));
        query.population().ifPresent(b -> params.put("population", b.code()));
        query.foreignBorn().ifPresent(b -> params.put("foreignBorn", b.code()));
        query.country().ifPresent(c -> params.put("country", c));
        query.origin().ifPresent(o -> params.put("origin", o.code()));
        Sort sort = query.sort();
        if (!sort.equals(Sort.DEFAULT)) {
            params.put("sort", sort.key());
            params.put("dir", sort.descending() ? "desc" : "asc");
        }
    }

    /** The home page sorted on {@code key} in the given direction, same filters. */
    String sorted(String key, boolean descending) {
        Map<String, String> with = new LinkedHashMap<>(params);
        with.put("sort", key);
        with.put("dir", descending ? "desc" : "asc");
        return href("/", with);
    }

    /** Another address with the same filters (and no sort), e.g. the API's or a download's. */
    String filters(String path) {
        Map<String, String> with = new LinkedHashMap<>(params);
        with.remove("sort");
        with.remove("dir");
        return href(path, with);
    }

    static String href(String path, Map<String, String> params) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            String variable = "v" + values.size();
            builder.queryParam(name, "{" + variable + "}");
            values.put(variable, value);
        });
        // values are encoded strictly: '&', '+' or '=' in a country name cannot break the address
        return builder.encode().buildAndExpand(values).toUriString();
    }
}
