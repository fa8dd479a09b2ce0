package com.example.heroes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's curl tour, run as a newcomer pastes it: every command of its first
 * {@code sh} block in the API section, in order, each answering the status its
 * {@code # -> 201} note states. The tour's ids are those a fresh database hands out (1,
 * 2, ...); here they stand for the ids the same creates got in this run.
 */
@IntegrationTest
class ReadmeTourIT {

	private static final Pattern STATUS = Pattern.compile("#\\s*->\\s*(\\d{3})");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<Long> teams = new ArrayList<>();

	private final List<Long> heroes = new ArrayList<>();

	record Command(String text, List<String> words, int status) {
	}

	@Test
	void theTourRunsTopToBottomAnsweringTheStatusesItStates() throws Exception {
		List<Command> tour = tour();
		assertThat(tour).hasSizeGreaterThanOrEqualTo(30);
		for (Command command : tour) {
			HttpResponse<String> response = run(command);
			assertThat(response.statusCode()).as("%s%n answered %s", command.text(), response.body())
				.isEqualTo(command.status());
		}
	}

	/** The commands of the API section's first block, each with the status it notes. */
	static List<Command> tour() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		int section = readme.indexOf("\n## API\n");
		int start = readme.indexOf("```sh\n", section) + "```sh\n".length();
		String block = readme.substring(start, readme.indexOf("```", start));
		List<Command> commands = new ArrayList<>();
		List<String> words = new ArrayList<>();
		StringBuilder word = null;
		StringBuilder text = new StringBuilder();
		char quote = 0;
		for (int i = 0; i < block.length(); i++) {
			char c = block.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
				else {
					word.append(c);
				}
				text.append(c);
				continue;
			}
			if (c == '\\' && i + 1 < block.length() && block.charAt(i + 1) == '\n') {
				i++;
				continue;
			}
			if (c == '#' && word == null) {
				int end = block.indexOf('\n', i);
				String comment = block.substring(i, end);
				if (!words.isEmpty()) {
					Matcher status = STATUS.matcher(comment);
					assertThat(status.find()).as("a status note on: %s", text).isTrue();
					commands.add(new Command(text.toString().strip(), List.copyOf(words),
							Integer.parseInt(status.group(1))));
				}
				words.clear();
				text.setLength(0);
				i = end;
				continue;
			}
			text.append(c);
			if (c == '\'' || c == '"') {
				quote = c;
				word = (word != null) ? word : new StringBuilder();
			}
			else if (Character.isWhitespace(c)) {
				if (word != null) {
					words.add(word.toString());
					word = null;
				}
				assertThat(c != '\n' || words.isEmpty()).as("a status note on: %s", text).isTrue();
			}
			else {
				word = (word != null) ? word : new StringBuilder();
				word.append(c);
			}
		}
		return commands;
	}

	private HttpResponse<String> run(Command command) throws IOException, InterruptedException {
		List<String> words = command.words();
		assertThat(words.get(0)).isEqualTo("curl");
		String method = "GET";
		String url = null;
		String body = null;
		HttpRequest.Builder request = HttpRequest.newBuilder();
		for (int i = 1; i < words.size(); i++) {
			switch (words.get(i)) {
				case "-i" -> {
				}
				case "-X" -> method = words.get(++i);
				case "-H" -> {
					String[] header = words.get(++i).split(":\\s*", 2);
					request.header(header[0], header[1]);
				}
				case "-d" -> body = ids(words.get(++i), Pattern.compile("\"team_id\": (\\d+)"), this.teams);
				default -> url = words.get(i);
			}
		}
		String path = url.substring(url.indexOf('/'));
		path = ids(path, Pattern.compile("/teams/(\\d+)"), this.teams);
		path = ids(path, Pattern.compile("/(?:heroes|members)/(\\d+)"), this.heroes);
		request.uri(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (method.equals("POST") && response.statusCode() == 201) {
			List<Long> created = path.startsWith("/teams") ? this.teams : this.heroes;
			JsonNode answer = JSON.readTree(response.body());
			for (JsonNode row : answer.isArray() ? answer : List.of(answer)) {
				if (!created.contains(row.get("id").asLong())) {
					created.add(row.get("id").asLong());
				}
			}
		}
		return response;
	}

	/**
	 * The tour's ids replaced by this run's: id n is the n-th created; an id the tour
	 * never created names nothing here either.
	 */
	private static String ids(String text, Pattern pattern, List<Long> created) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder replaced = new StringBuilder();
		while (matcher.find()) {
			int n = Integer.parseInt(matcher.group(1));
			long id = (n <= created.size()) ? created.get(n - 1) : Long.MAX_VALUE - n;
			String match = matcher.group();
			matcher.appendReplacement(replaced,
					Matcher.quoteReplacement(match.substring(0, match.length() - matcher.group(1).length()) + id));
		}
		matcher.appendTail(replaced);
		return replaced.toString();
	}

}
