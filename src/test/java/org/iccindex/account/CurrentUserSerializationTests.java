package org.iccindex.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sessions live in the database (Spring Session JDBC): the signed-in person must survive Java serialization. */
class CurrentUserSerializationTests {

    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    @Test
    void aCityCoordinatorAndAnAnalystComeBackEqual() throws Exception {
        CurrentUser coordinator =
                new CurrentUser(7, "c@example.org", "Coordinator", Role.COORDINATOR, Optional.of(42L));
        CurrentUser analyst = new CurrentUser(8, "a@example.org", "Analyst", Role.ANALYST, Optional.empty());
        assertThat(roundTrip(coordinator)).isEqualTo(coordinator);
        assertThat(roundTrip(analyst)).isEqualTo(analyst);
    }
}
