package org.iccindex.site.api.v1;

import java.util.List;

/** Why a request was refused: the HTTP status, a sentence, and each parameter that could not be used. */
public record ApiProblem(int status, String title, String detail, List<ParameterProblem> problems) {}
