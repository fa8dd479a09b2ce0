package com.example.heroes.client;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.heroes.client.api.HeroesApi;
import com.example.heroes.client.api.MembershipsApi;
import com.example.heroes.client.api.TeamsApi;
import com.example.heroes.client.model.HeroCreate;
import com.example.heroes.client.model.HeroPublic;
import com.example.heroes.client.model.HeroPublicWithTeam;
import com.example.heroes.client.model.HeroUpdate;
import com.example.heroes.client.model.MembershipPut;
import com.example.heroes.client.model.Problem;
import com.example.heroes.client.model.TeamCreate;
import com.example.heroes.client.model.TeamMember;
import com.example.heroes.client.model.TeamPublic;
import com.example.heroes.client.model.TeamPublicWithHeroes;
import com.example.heroes.client.model.TeamUpdate;
import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openapitools.jackson.nullable.JsonNullable;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The tutorial, driven through the Java client that openapi-generator ({@code native}
 * library) makes from the committed snapshot {@code docs/openapi.json} at build time:
 * what a client team gets when it generates one from the document.
 */
@IntegrationTest
class GeneratedClientIT {

	private static final Pattern NEXT = Pattern.compile("<[^>]*[?&]after=([^&>]+)[^>]*>; rel=\"next\"");

	@LocalServerPort
	int port;

	TeamsApi teams;

	HeroesApi heroes;

	MembershipsApi memberships;

	@BeforeEach
	void client() {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + this.port);
		this.teams = new TeamsApi(client);
		this.heroes = new HeroesApi(client);
		this.memberships = new MembershipsApi(client);
	}

	@Test
	void createsReadsAndDeletesThroughTheGeneratedClient() throws Exception {
		ApiResponse<TeamPublic> created = this.teams
			.createTeamWithHttpInfo(new TeamCreate().name("Preventers").headquarters("Sharp Tower"), null, null);
		assertThat(created.getStatusCode()).isEqualTo(201);
		TeamPublic team = created.getData();
		assertThat(created.getHeaders().get("location")).singleElement().asString().endsWith("/teams/" + team.getId());
		HeroPublic hero = this.heroes.createHero(
				new HeroCreate().name("Deadpond").secretName("Dive Wilson").age(30).teamId(team.getId()), null, null);
		HeroPublic loner = this.heroes.createHero(new HeroCreate().name("Rusty-Man").secretName("Tommy Sharp"), null,
				null);

		HeroPublicWithTeam read = this.heroes.getHero(hero.getId(), null, null, null);
		assertThat(read.getTeam().getName()).isEqualTo("Preventers");
		assertThat(this.heroes.getHero(loner.getId(), null, null, null).getTeam()).isNull();
		assertThat(loner.getAge()).isNull();
		TeamPublicWithHeroes withHeroes = this.teams.getTeam(team.getId(), null, null, null);
		assertThat(withHeroes.getHeroes()).extracting(HeroPublic::getName).containsExactly("Deadpond");

		this.heroes.deleteHero(hero.getId(), null, null, null);
		this.teams.deleteTeam(team.getId(), null, null, null);
		ApiException gone = catchThrowableOfType(ApiException.class,
				() -> this.heroes.getHero(hero.getId(), null, null, null));
		assertThat(gone.getCode()).isEqualTo(404);
		assertThat(problem(gone).getType()).isEqualTo("/problems/not-found");
	}

	@Test
	void listsFilterAndPageThroughTheLinkHeader() throws Exception {
		long team = this.teams.createTeam(new TeamCreate().name("Z-Force").headquarters("Base"), null, null).getId();
		this.heroes.createHeroes(List.of(hero("Alpha", 20, team), hero("Beta", 30, team), hero("Gamma", 40, team),
				hero("Delta", 50, null)), null, null);

		ApiResponse<List<HeroPublic>> first = this.heroes.listHeroesWithHttpInfo(null, null, null, 15, null, null, true,
				null, null, 2, null, null, "-age", "count=exact", null);
		assertThat(first.getData()).extracting(HeroPublic::getName).containsExactly("Gamma", "Beta");
		assertThat(first.getHeaders().get("x-total-count")).containsExactly("3");
		Matcher next = NEXT.matcher(first.getHeaders().get("link").get(0));
		assertThat(next.find()).isTrue();
		List<HeroPublic> second = this.heroes.listHeroes(null, null, null, 15, null, null, true, null, null, 2,
				java.net.URLDecoder.decode(next.group(1), java.nio.charset.StandardCharsets.UTF_8), null, "-age", null,
				null);
		assertThat(second).extracting(HeroPublic::getName).containsExactly("Alpha");

		assertThat(this.teams.listTeamHeroes(team, null, "ph", null, null, null, null, null, null, null, null, null,
				null, "name", null, null))
			.extracting(HeroPublic::getName)
			.containsExactly("Alpha");
		assertThat(this.teams.listTeams("z-force", null, null, 10, null, null, null, null, null)).hasSize(1);
		assertThat(this.teams.teamStats(0, 10, null, null)).singleElement()
			.satisfies((stats) -> assertThat(stats.getHeroCount()).isEqualTo(3));
	}

	@Test
	void patchTellsAnAbsentPropertyFromANullOne() throws Exception {
		long team = this.teams.createTeam(new TeamCreate().name("Avengers").headquarters("Tower"), null, null).getId();
		HeroPublic hero = this.heroes
			.createHero(new HeroCreate().name("Thor").secretName("Donald Blake").age(1500).teamId(team), null, null);

		HeroPublic renamed = this.heroes.updateHero(hero.getId(), new HeroUpdate().name("Thor Odinson"), null, null,
				null);
		assertThat(renamed.getAge()).isEqualTo(1500);
		assertThat(renamed.getTeamId()).isEqualTo(team);

		HeroUpdate clearAge = new HeroUpdate();
		clearAge.setAge_JsonNullable(JsonNullable.of(null));
		HeroPublic ageless = this.heroes.updateHero(hero.getId(), clearAge, null, null, null);
		assertThat(ageless.getAge()).isNull();
		assertThat(ageless.getTeamId()).isEqualTo(team);
		assertThat(ageless.getVersion()).isEqualTo(renamed.getVersion() + 1);

		TeamPublic moved = this.teams.updateTeam(team, new TeamUpdate().headquarters("Compound"), null, null, null);
		assertThat(moved.getName()).isEqualTo("Avengers");
	}

	@Test
	void aWritesConsistencyTokenGoesBackThroughTheClient() throws Exception {
		ApiResponse<HeroPublic> created = this.heroes
			.createHeroWithHttpInfo(new HeroCreate().name("Wanda").secretName("Wanda Maximoff"), null, null);
		String token = created.getHeaders().get("consistency-token").get(0);
		long id = created.getData().getId();
		assertThat(this.heroes.getHero(id, null, null, token).getName()).isEqualTo("Wanda");
		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> this.heroes.getHero(id, null, null, "not a token"));
		assertThat(refused.getCode()).isEqualTo(422);
		assertThat(problem(refused).getType()).isEqualTo("/problems/validation");
	}

	@Test
	void conditionalRequestsAnswer304And412() throws Exception {
		HeroPublic hero = this.heroes.createHero(new HeroCreate().name("Vision").secretName("Jarvis"), null, null);
		ApiResponse<HeroPublicWithTeam> read = this.heroes.getHeroWithHttpInfo(hero.getId(), null, null, null);
		String etag = read.getHeaders().get("etag").get(0);

		ApiException notModified = catchThrowableOfType(ApiException.class,
				() -> this.heroes.getHero(hero.getId(), etag, null, null));
		assertThat(notModified.getCode()).as("the native client reports every non-2xx, 304 included, as an exception")
			.isEqualTo(304);

		ApiException stale = catchThrowableOfType(ApiException.class,
				() -> this.heroes.updateHero(hero.getId(), new HeroUpdate().name("Viv"), "\"99\"", null, null));
		assertThat(stale.getCode()).isEqualTo(412);
		Problem problem = problem(stale);
		assertThat(problem.getType()).isEqualTo("/problems/precondition-failed");
		assertThat(problem.getStatus()).isEqualTo(412);
		assertThat(this.heroes.updateHero(hero.getId(), new HeroUpdate().name("Viv"), etag, null, null).getName())
			.isEqualTo("Viv");
	}

	@Test
	void aRetriedCreateWithTheSameIdempotencyKeyIsReplayed() throws Exception {
		TeamCreate body = new TeamCreate().name("Defenders").headquarters("Hell's Kitchen");
		ApiResponse<TeamPublic> first = this.teams.createTeamWithHttpInfo(body, "order-17", null);
		ApiResponse<TeamPublic> again = this.teams.createTeamWithHttpInfo(body, "order-17", null);
		assertThat(again.getStatusCode()).isEqualTo(201);
		assertThat(again.getData().getId()).isEqualTo(first.getData().getId());
		assertThat(again.getHeaders().get("idempotent-replayed")).containsExactly("true");

		ApiException reused = catchThrowableOfType(ApiException.class, () -> this.teams
			.createTeam(new TeamCreate().name("Thunderbolts").headquarters("Watchtower"), "order-17", null));
		assertThat(reused.getCode()).isEqualTo(422);
		assertThat(problem(reused).getType()).isEqualTo("/problems/idempotency-key-reused");
	}

	@Test
	void membershipsAreMadeListedAndEnded() throws Exception {
		long team = this.teams.createTeam(new TeamCreate().name("X-Men").headquarters("Mansion"), null, null).getId();
		long hero = this.heroes.createHero(new HeroCreate().name("Storm").secretName("Ororo Munroe"), null, null)
			.getId();

		ApiResponse<TeamMember> joined = this.memberships.putMemberWithHttpInfo(team, hero, null, null, null,
				new MembershipPut().role("captain"));
		assertThat(joined.getStatusCode()).isEqualTo(201);
		assertThat(
				this.memberships.putMemberWithHttpInfo(team, hero, null, null, null, new MembershipPut().role("leader"))
					.getStatusCode())
			.isEqualTo(200);
		assertThat(this.memberships.getMember(team, hero, null).getRole()).isEqualTo("leader");
		assertThat(this.memberships.listMembers(team, null, null, null, null, "joined_at", null, null))
			.extracting((member) -> member.getHero().getName())
			.containsExactly("Storm");
		assertThat(this.memberships.listHeroTeams(hero, null, null, null, null, null, null, null))
			.extracting((membership) -> membership.getTeam().getName())
			.containsExactly("X-Men");

		this.memberships.deleteMember(team, hero, null, null, null);
		assertThat(this.memberships.listHeroTeams(hero, null, null, null, null, null, null, null)).isEmpty();
		ApiException noSuch = catchThrowableOfType(ApiException.class,
				() -> this.memberships.deleteMember(team, hero, null, null, null));
		assertThat(noSuch.getCode()).isEqualTo(404);
		assertThat(problem(noSuch).getType()).isEqualTo("/problems/not-found");
	}

	@Test
	void validationProblemsNameTheirFields() throws Exception {
		ApiException invalid = catchThrowableOfType(ApiException.class,
				() -> this.heroes.createHero(new HeroCreate().name("Nameless"), null, null));
		assertThat(invalid.getCode()).isEqualTo(422);
		Problem problem = problem(invalid);
		assertThat(problem.getType()).isEqualTo("/problems/validation");
		assertThat(problem.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getField()).isEqualTo("secret_name"));
	}

	/**
	 * A type the client was not generated with parses like any other, with its status.
	 */
	@Test
	void aProblemOfATypeTheClientDoesNotKnowStillParses() throws Exception {
		Problem problem = JSON.getDefault().getMapper().readValue("""
				{"type": "/problems/from-a-later-version", "title": "Something new", "status": 429,
				 "detail": "Slow down", "instance": "/heroes", "retry_in": 3}""", Problem.class);
		assertThat(problem.getType()).isEqualTo("/problems/from-a-later-version");
		assertThat(problem.getStatus()).isEqualTo(429);
	}

	private static HeroCreate hero(String name, Integer age, Long team) {
		return new HeroCreate().name(name).secretName(name + "'s secret").age(age).teamId(team);
	}

	private static Problem problem(ApiException ex) throws Exception {
		return JSON.getDefault().getMapper().readValue(ex.getResponseBody(), Problem.class);
	}

}
