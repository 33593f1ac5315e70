package org.iccindex.result;

import org.iccindex.support.OnPostgres;

@OnPostgres
class ResultImportOnPostgresIntegrationTests extends AbstractResultImportTests {}
