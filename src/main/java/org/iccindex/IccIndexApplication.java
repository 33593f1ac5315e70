package org.iccindex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IccIndexApplication {
    public static void main(String[] args) {
        SpringApplication.run(IccIndexApplication.class, args);
    }
}
