package org.scorecards;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import org.scorecards.cli.ScorecardsCommand;

@SpringBootApplication
public class ScorecardsApplication {

	public static void main(String[] args) {
		XmlFactories.pinDefaultTransformerFactory();
		System.exit(ScorecardsCommand.execute(args));
	}
}
