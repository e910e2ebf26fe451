package io.djcheck.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that checks Party-building reports: djcheck-spring-boot-starter gives it
 * one shared {@link io.djcheck.Checker} (configured in application.yaml), {@link ReportController}
 * serves it, and /actuator/health shows the pack.
 *
 * Run this class from the IDE (port 8080), then
 * {@code curl -F file=@examples/reports/000_9c5ce89756f0e5ee.txt localhost:8080/reports};
 * ReportCheckApplicationTest starts it on a random port.
 */
@SpringBootApplication
public class ReportCheckApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportCheckApplication.class, args);
    }
}
