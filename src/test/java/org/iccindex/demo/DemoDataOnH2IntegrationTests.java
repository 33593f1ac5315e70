package org.iccindex.demo;

import org.iccindex.support.OnH2WithDemo;

@OnH2WithDemo
class DemoDataOnH2IntegrationTests extends AbstractDemoDataTests {}
