package org.iccindex.practice;

import org.iccindex.support.OnPostgresWithDemo;

@OnPostgresWithDemo
class RecommendationsOnPostgresIntegrationTests extends AbstractRecommendationsTests {}
