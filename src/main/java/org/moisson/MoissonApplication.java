package org.moisson;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Moisson: harvests research-dataset metadata, aligns it, and serves discovery to people and machines. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MoissonApplication {
  public static void main(String[] args) {
    SpringApplication.run(MoissonApplication.class, args);
  }
}
