package org.iccindex.practice;

import org.iccindex.support.OnPostgres;

@OnPostgres
class PracticeCatalogueOnPostgresIntegrationTests extends AbstractPracticeCatalogueTests {}
