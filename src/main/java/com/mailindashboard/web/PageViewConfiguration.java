package com.mailindashboard.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** Boot's Thymeleaf view resolver, with its settings, rendering through {@link PageView}. */
@Configuration(proxyBeanMethods = false)
class PageViewConfiguration {

    @Bean
    static BeanPostProcessor pagesRenderThroughPageView() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setViewClass(PageView.class);
                }
                return bean;
            }
        };
    }
}
