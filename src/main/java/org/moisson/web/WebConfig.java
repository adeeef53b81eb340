package org.moisson.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Pages in French by default, English on request: {@code ?lang=en} once, then a cookie remembers it. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver r = new CookieLocaleResolver("moisson-lang");
    r.setDefaultLocale(Locale.FRENCH);
    r.setCookieMaxAge(Duration.ofDays(365));
    return r;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor i = new LocaleChangeInterceptor();
    i.setParamName("lang");
    i.setIgnoreInvalidLocale(true);
    registry.addInterceptor(i);
  }
}
