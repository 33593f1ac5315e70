package org.iccindex.practice.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of the public catalogue, built whole from a list of practices (a few hundred at most:
 * rebuilding takes milliseconds, so every change simply rebuilds it). Immutable once built; safe to share.
 */
public final class PracticeIndex {
    private static final String ID = "id";
    private static final String AREA = "area";
    private static final String COUNTRY = "country";
    private static final String BAND = "band";

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int size;

    private PracticeIndex(DirectoryReader reader, int size) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.size = size;
    }

    public static PracticeIndex build(List<IndexedPractice> practices) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField()))) {
            for (IndexedPractice practice : practices) {
                writer.addDocument(document(practice));
            }
            writer.commit();
            return new PracticeIndex(DirectoryReader.open(directory), practices.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the practice index", e);
        }
    }

    private static Document document(IndexedPractice p) {
        Document doc = new Document();
        doc.add(new StoredField(ID, p.id()));
        doc.add(new TextField(Analyzers.TITLE_EN, p.titleEn(), Field.Store.NO));
        doc.add(new TextField(Analyzers.BODY_EN, p.bodyEn(), Field.Store.NO));
        p.titleFr().ifPresent(t -> doc.add(new TextField(Analyzers.TITLE_FR, t, Field.Store.NO)));
        p.bodyFr().ifPresent(t -> doc.add(new TextField(Analyzers.BODY_FR, t, Field.Store.NO)));
        p.areas().forEach(a -> doc.add(new StringField(AREA, a, Field.Store.NO)));
        p.country().ifPresent(c -> doc.add(new StringField(COUNTRY, key(c), Field.Store.NO)));
        p.band().ifPresent(b -> doc.add(new StringField(BAND, b, Field.Store.NO)));
        return doc;
    }

    public int size() {
        return size;
    }

    /**
     * The ids of the practices matching {@code text} (every word, in English or in French; all practices when blank)
     * and the filters, best first; with {@code everyWord} false, any word suffices.
     */
    public List<Long> search(
            String text, boolean everyWord, Optional<String> area, Optional<String> country, Optional<String> band) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(textQuery(text, everyWord), BooleanClause.Occur.MUST);
        area.ifPresent(a -> query.add(new TermQuery(new Term(AREA, a)), BooleanClause.Occur.FILTER));
        country.ifPresent(c -> query.add(new TermQuery(new Term(COUNTRY, key(c))), BooleanClause.Occur.FILTER));
        band.ifPresent(b -> query.add(new TermQuery(new Term(BAND, b)), BooleanClause.Occur.FILTER));
        try {
            List<Long> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), Math.max(1, size)).scoreDocs) {
                ids.add(searcher.storedFields()
                        .document(hit.doc)
                        .getField(ID)
                        .numericValue()
                        .longValue());
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many separate words the text has for search (after the English analysis). */
    public static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    private static Query textQuery(String text, boolean everyWord) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        String escaped = QueryParser.escape(text.trim());
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(
                parse(escaped, everyWord, Analyzers.english(), Analyzers.TITLE_EN, Analyzers.BODY_EN),
                BooleanClause.Occur.SHOULD);
        either.add(
                parse(escaped, everyWord, Analyzers.french(), Analyzers.TITLE_FR, Analyzers.BODY_FR),
                BooleanClause.Occur.SHOULD);
        return either.build();
    }

    /** One language's query: the title counts three times as much as the rest. */
    private static Query parse(String escaped, boolean everyWord, Analyzer analyzer, String title, String body) {
        MultiFieldQueryParser parser =
                new MultiFieldQueryParser(new String[] {title, body}, analyzer, Map.of(title, 3f, body, 1f));
        parser.setDefaultOperator(everyWord ? QueryParser.Operator.AND : QueryParser.Operator.OR);
        try {
            Query query = parser.parse(escaped);
            return query == null ? new BooleanQuery.Builder().build() : query;
        } catch (ParseException e) {
            return new BooleanQuery.Builder().build();
        }
    }

    private static String key(String country) {
        return country.trim().toLowerCase(Locale.ROOT);
    }
}
