package org.iccindex.practice.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * English fields: lower case, accents folded, English stop words, Porter stemming ("mediators" and "mediation" both
 * become "mediat"). French fields: elision (l'école), French stop words, light French stemming ("médiateurs" and
 * "médiation" both become "medi"), accents folded. Filter fields are exact keywords.
 */
final class Analyzers {
    static final String TITLE_EN = "title_en";
    static final String BODY_EN = "body_en";
    static final String TITLE_FR = "title_fr";
    static final String BODY_FR = "body_fr";

    private Analyzers() {}

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokens = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(tokens);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(tokens, stream);
            }
        };
    }

    static Analyzer french() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokens = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(tokens, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
                stream = new FrenchLightStemFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(tokens, stream);
            }
        };
    }

    /** The analyzer of every field of the index. */
    static Analyzer perField() {
        Analyzer english = english();
        Analyzer french = french();
        return new PerFieldAnalyzerWrapper(
                new KeywordAnalyzer(), Map.of(TITLE_EN, english, BODY_EN, english, TITLE_FR, french, BODY_FR, french));
    }
}
