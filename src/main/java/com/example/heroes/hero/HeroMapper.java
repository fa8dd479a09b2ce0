package com.example.heroes.hero;

final class HeroMapper {

	private HeroMapper() {
	}

	static Hero toEntity(HeroCreate create) {
		return new Hero(create.name(), create.secretName(), create.age(), create.teamId());
	}

	static HeroPublic toPublic(Hero hero) {
		return new HeroPublic(hero.getId(), hero.getName(), hero.getAge(), hero.getTeamId(), hero.getCreatedAt(),
				hero.getUpdatedAt(), hero.getVersion());
	}

}
