package org.scorecards;

import java.util.ServiceLoader;

import javax.xml.transform.TransformerFactory;

/**
 * POI asks JAXP for a new {@link TransformerFactory} for every part of every workbook it saves, and JAXP then
 * looks through each of the application's hundred-odd jars for a provider. None has one, so every lookup ends
 * with the JDK's own factory. Naming that factory once, at start, skips the search (about a tenth of writing a
 * small workbook) and changes nothing else.
 */
final class XmlFactories {

	static final String TRANSFORMER_FACTORY = TransformerFactory.class.getName();

	private XmlFactories() {
	}

	/** Names the JDK's factory, unless it is named already or a jar on the class path provides another. */
	static void pinDefaultTransformerFactory() {
		if (System.getProperty(TRANSFORMER_FACTORY) == null
				&& ServiceLoader.load(TransformerFactory.class).findFirst().isEmpty()) {
			System.setProperty(TRANSFORMER_FACTORY, TransformerFactory.newDefaultInstance().getClass().getName());
		}
	}
}
