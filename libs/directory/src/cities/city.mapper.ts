import type { City } from '../entities/city.entity.js';
import type { CityType } from './city.types.js';

export function toCityType(city: City): CityType {
  return {
    id: city.id,
    localName: city.name,
    population: city.population,
    latitude: city.latitude,
    longitude: city.longitude,
    countryCode: city.countryCode,
    originalLanguage: city.originalLanguage,
  };
}
