package org.iccindex.demo;

import org.iccindex.support.OnPostgresWithDemo;

@OnPostgresWithDemo
class DemoDataOnPostgresIntegrationTests extends AbstractDemoDataTests {}
