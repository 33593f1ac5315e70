package org.iccindex.result;

import org.iccindex.support.OnH2;

@OnH2
class ResultImportOnH2IntegrationTests extends AbstractResultImportTests {}
