package org.iccindex.assessment;

import org.iccindex.support.OnH2;

@OnH2
class RoundFilesOnH2IntegrationTests extends AbstractRoundFilesTests {}
