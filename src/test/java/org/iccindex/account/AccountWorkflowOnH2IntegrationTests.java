package org.iccindex.account;

import org.iccindex.support.OnH2;

@OnH2
class AccountWorkflowOnH2IntegrationTests extends AbstractAccountWorkflowTests {}
