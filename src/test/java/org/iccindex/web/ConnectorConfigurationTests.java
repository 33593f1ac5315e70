package org.iccindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

class ConnectorConfigurationTests {

    @Test
    void theConnectorWritesThroughABufferOfTheSetSize() throws Exception {
        Connector connector = new Connector();

        ConnectorConfiguration.writeBuffer(65536).customize(connector);

        assertThat(connector.getProperty("socket.appWriteBufSize")).isEqualTo("65536");
    }

    @Test
    void aSizeOutsideTheBoundsIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> ConnectorConfiguration.writeBuffer(100))
                .hasMessage("icc.web.socket-write-buffer: 100 bytes; give between 8192 and 1048576");
    }
}
