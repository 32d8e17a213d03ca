package org.scorecards;

import java.net.URL;
import java.net.URLClassLoader;

import javax.xml.transform.TransformerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlFactoriesTest {

	private String before;

	private ClassLoader loader;

	@BeforeEach
	void keep() {
		before = System.getProperty(XmlFactories.TRANSFORMER_FACTORY);
		loader = Thread.currentThread().getContextClassLoader();
		System.clearProperty(XmlFactories.TRANSFORMER_FACTORY);
	}

	@AfterEach
	void restore() {
		Thread.currentThread().setContextClassLoader(loader);
		if (before == null) {
			System.clearProperty(XmlFactories.TRANSFORMER_FACTORY);
		}
		else {
			System.setProperty(XmlFactories.TRANSFORMER_FACTORY, before);
		}
	}

	@Test
	void withNoProviderOnTheClassPathTheJdksFactoryIsNamedAndIsTheOneJaxpGives() throws Exception {
		try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
			Thread.currentThread().setContextClassLoader(bare);

			XmlFactories.pinDefaultTransformerFactory();

			assertThat(System.getProperty(XmlFactories.TRANSFORMER_FACTORY))
				.isEqualTo("com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
			assertThat(TransformerFactory.newInstance().getClass())
				.isEqualTo(TransformerFactory.newDefaultInstance().getClass());
		}
	}

	@Test
	void aProviderOnTheClassPathIsLeftToJaxp() {
		// The test class path holds Saxon, which provides a TransformerFactory.
		XmlFactories.pinDefaultTransformerFactory();

		assertThat(System.getProperty(XmlFactories.TRANSFORMER_FACTORY)).isNull();
		assertThat(TransformerFactory.newInstance().getClass().getName()).contains("saxon");
	}

	@Test
	void aFactoryAlreadyNamedStaysNamed() {
		System.setProperty(XmlFactories.TRANSFORMER_FACTORY, "org.example.Chosen");

		XmlFactories.pinDefaultTransformerFactory();

		assertThat(System.getProperty(XmlFactories.TRANSFORMER_FACTORY)).isEqualTo("org.example.Chosen");
	}
}
