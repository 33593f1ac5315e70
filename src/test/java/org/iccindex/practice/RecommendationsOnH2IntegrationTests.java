package org.iccindex.practice;

import org.iccindex.support.OnH2WithDemo;

@OnH2WithDemo
class RecommendationsOnH2IntegrationTests extends AbstractRecommendationsTests {}
