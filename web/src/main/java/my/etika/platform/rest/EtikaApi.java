package my.etika.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, version 1. Authentication is HTTP Basic against the directory; every resource names its roles. */
@ApplicationPath("api/v1")
public class EtikaApi extends Application {
}
