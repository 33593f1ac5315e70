package org.iccindex.assessment;

import org.iccindex.support.OnPostgres;

@OnPostgres
class RoundFilesOnPostgresIntegrationTests extends AbstractRoundFilesTests {}
