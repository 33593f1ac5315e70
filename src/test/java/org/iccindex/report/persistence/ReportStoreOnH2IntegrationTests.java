package org.iccindex.report.persistence;

import org.iccindex.support.OnH2;

@OnH2
class ReportStoreOnH2IntegrationTests extends AbstractReportStoreTests {}
