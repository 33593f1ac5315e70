package org.iccindex.practice;

import org.iccindex.support.OnH2;

@OnH2
class PracticeCatalogueOnH2IntegrationTests extends AbstractPracticeCatalogueTests {}
