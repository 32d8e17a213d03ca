package org.scorecards;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ScorecardsApplication {
}
