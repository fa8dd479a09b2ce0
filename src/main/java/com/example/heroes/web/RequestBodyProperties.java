package com.example.heroes.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How request bodies are read; described in the README.
 *
 * @param timeout how long a client may take to send a request's whole body, from the end
 * of its headers; a body not complete by then is answered 408 and its connection closed.
 * While it arrives, no server thread waits for it
 */
@ConfigurationProperties("heroes.request-body")
public record RequestBodyProperties(@DefaultValue("20s") Duration timeout) {

}
