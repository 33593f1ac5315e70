package org.iccindex.report.persistence;

import org.iccindex.support.OnPostgres;

@OnPostgres
class ReportStoreOnPostgresIntegrationTests extends AbstractReportStoreTests {}
