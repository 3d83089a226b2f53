package vn.canhgiac.app.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CanhGiacProperties.class)
class PlatformConfiguration {

}
