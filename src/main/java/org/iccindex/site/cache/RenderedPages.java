package org.iccindex.site.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.iccindex.publication.PublicDataChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The rendered public answers, held in memory by Caffeine: bounded by their bytes (least recently and least often
 * used leave first), keyed on the version of the public data, the day, the address with the parameters its route
 * reads, and the language. Emptied when this instance publishes a change (the event, after its commit); other
 * instances see the change through the version in the key, which each request reads.
 */
@Component
class RenderedPages {
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** What a cached answer depends on; {@code language} is empty for the API and downloads. */
    record Key(long version, LocalDate day, String path, String parameters, String language) {}

    /** A rendered answer and the headers to replay with it. */
    record Entry(String etag, String contentType, Locale locale, List<String[]> headers, byte[] body) {}

    private final AsyncCache<Key, Entry> cache = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Key key, Entry entry) -> entry.body().length + 512)
            .recordStats()
            .buildAsync();

    /**
     * Claims the rendering of {@code key}: returns null when the caller must render it and complete {@code mine}
     * (with null when the answer is not cacheable: Caffeine then forgets it), or the rendering someone else holds.
     */
    CompletableFuture<Entry> claim(Key key, CompletableFuture<Entry> mine) {
        return cache.asMap().putIfAbsent(key, mine);
    }

    long size() {
        return cache.synchronous().estimatedSize();
    }

    void clear() {
        cache.synchronous().invalidateAll();
    }

    @ApplicationModuleListener
    void on(PublicDataChanged change) {
        clear();
    }
}
