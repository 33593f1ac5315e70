package org.iccindex.result;

/**
 * Who wrote the answers of a round, and so what figures computed from them stand for. Kept with the round and with
 * the figures computed from it, so that every page, the API, the CLI and the report can say it.
 */
public enum AnswersBasis {
    /** The city answered the questionnaire itself (the normal case, and every fictional demo city). */
    CITY,
    /**
     * This project reconstructed the answers from the city's published report: figures computed from them show that
     * the reconstruction reproduces the published ones, they are not the city's own answers.
     */
    RECONSTRUCTED
}
