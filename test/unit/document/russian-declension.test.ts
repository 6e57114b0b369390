import { describe, expect, it } from 'vitest';

import {
  basisGenitive,
  declineName,
  declineTitle,
  russianSignatory,
} from '../../../src/core/document/russian/index.js';

/** [as written in the answers, genitive surname first, gender] */
const NAMES: [string, string, 'male' | 'female' | null][] = [
  // Russian
  ['Иван Петрович Сидоров', 'Сидорова Ивана Петровича', 'male'],
  ['Сидорова Мария Ивановна', 'Сидоровой Марии Ивановны', 'female'],
  ['Ольга Сергеевна Кузнецова', 'Кузнецовой Ольги Сергеевны', 'female'],
  ['Алексей Николаевич Волынский', 'Волынского Алексея Николаевича', 'male'],
  // Kazakh
  ['Ержан Серикович Нурланов', 'Нурланова Ержана Сериковича', 'male'],
  ['Нурланов Ержан Серикович', 'Нурланова Ержана Сериковича', 'male'],
  ['Ерік Сәрсенұлы Бекмұхамбетов', 'Бекмұхамбетова Еріка Сәрсенұлы', 'male'],
  ['Әлия Нұрланқызы Ғабдуллина', 'Ғабдуллиной Әлии Нұрланқызы', 'female'],
  ['Гүлнәр Қасымқызы Әбенова', 'Әбеновой Гүлнәр Қасымқызы', 'female'],
  ['Жақсыбаева Гүлнар Өтегенқызы', 'Жақсыбаевой Гүлнар Өтегенқызы', 'female'],
  // A patronymic standing as the surname, as in Kazakh identity documents.
  ['Нұрлан Ұлықбекұлы', 'Ұлықбекұлы Нұрлана', 'male'],
  ['АХМЕТОВ АСХАТ БОЛАТОВИЧ', 'Ахметова Асхата Болатовича', 'male'],
  // Kyrgyz
  ['Айнура Бакытовна Сыдыкова', 'Сыдыковой Айнуры Бакытовны', 'female'],
  ['Эстебес уулу Тынчтык', 'Эстебес уулу Тынчтыка', 'male'],
  ['Тынчтык Эстебес уулу', 'Эстебес уулу Тынчтыка', 'male'],
  ['Айгүл Бейшенбек кызы Токтогулова', 'Токтогуловой Айгүл Бейшенбек кызы', 'female'],
  ['Нурбек Асанович Жээнбеков', 'Жээнбекова Нурбека Асановича', 'male'],
  ['Жылдыз Маратовна Осмонова', 'Осмоновой Жылдыз Маратовны', 'female'],
  // Uzbek
  ['Дилноза Рустамовна Каримова', 'Каримовой Дилнозы Рустамовны', 'female'],
  ['Бахтиёр Умаров', 'Умарова Бахтиёра', 'male'],
  ['Шерзод Алишер угли Турсунов', 'Турсунова Шерзода Алишер угли', 'male'],
  ['Нодира Ботировна Юсупова', 'Юсуповой Нодиры Ботировны', 'female'],
  // Tajik
  ['Фарход Шарипович Рахимов', 'Рахимова Фархода Шариповича', 'male'],
  ['Қодирова Ҳилола', 'Қодировой Ҳилолы', 'female'],
  ['Зарина Ахмедова', 'Ахмедовой Зарины', 'female'],
  ['Сафаров Далер Назарович', 'Сафарова Далера Назаровича', 'male'],
  // Tajik: a surname in -зода stays; the gender is not in the name (check reports the guess).
  ['Рамазон Хамро Рахимзода', 'Рахимзода Рамазона Хамро', null],
  // Initials
  ['Нурланов Е. С.', 'Нурланова Е. С.', 'male'],
];

/** [title, genitive after "в лице"] */
const TITLES: [string, string][] = [
  ['Начальник департамента', 'начальника департамента'],
  ['Заместитель начальника департамента', 'заместителя начальника департамента'],
  ['Директор', 'директора'],
  ['Исполнительный директор', 'исполнительного директора'],
  ['Председатель правления', 'председателя правления'],
  ['Первый заместитель министра', 'первого заместителя министра'],
  ['Министр юстиции', 'министра юстиции'],
  ['Руководитель программ', 'руководителя программ'],
  ['Главный врач', 'главного врача'],
  ['Главная медсестра', 'главной медсестры'],
  ['Заведующий отделением', 'заведующего отделением'],
  ['Заведующая кафедрой', 'заведующей кафедрой'],
  ['Временно исполняющий обязанности директора', 'временно исполняющего обязанности директора'],
  ['И.о. председателя', 'и.о. председателя'],
  ['Чрезвычайный и Полномочный Посол', 'Чрезвычайного и Полномочного Посла'],
  ['Старший инспектор службы пробации', 'старшего инспектора службы пробации'],
  ['Ведущий специалист', 'ведущего специалиста'],
  [
    'Начальник Главного управления исполнения уголовных наказаний',
    'начальника Главного управления исполнения уголовных наказаний',
  ],
  ['Председатель Службы исполнения наказаний', 'председателя Службы исполнения наказаний'],
  ['Генеральный директор', 'генерального директора'],
  ['Глава представительства', 'главы представительства'],
  ['Президент общественного фонда', 'президента общественного фонда'],
  ['Координатор проекта', 'координатора проекта'],
  ['Полковник юстиции', 'полковника юстиции'],
  ['Ответственный секретарь', 'ответственного секретаря'],
];

describe('Russian genitive of full names (surname first)', () => {
  it.each(NAMES)('%s → %s', (written, genitive, gender) => {
    const declined = declineName(written);
    expect(declined?.genitive).toBe(genitive);
    expect(declined?.gender).toBe(gender);
  });

  it('puts the surname first in the nominative for the signature block', () => {
    expect(declineName('Ерік Сәрсенұлы Бекмұхамбетов')?.surnameFirst).toBe('Бекмұхамбетов Ерік Сәрсенұлы');
    expect(declineName('Тынчтык Эстебес уулу')?.surnameFirst).toBe('Эстебес уулу Тынчтык');
  });

  it('says when the order or the gender was only guessed', () => {
    expect(declineName('Ержан Серикович Нурланов')?.guessed).toBe(false);
    expect(declineName('Dilnoza Karimova')?.guessed).toBe(true);
    expect(declineName('Мадина')).toBeNull();
  });
});

describe('Russian genitive of position titles', () => {
  it.each(TITLES)('%s → %s', (title, genitive) => {
    expect(declineTitle(title).genitive).toBe(genitive);
  });

  it('reports a head word it cannot decline as a guess', () => {
    expect(declineTitle('Кюре').guessed).toBe(false);
    expect(declineTitle('Шеф-повар').genitive).toBe('шеф-повара');
  });
});

describe('russianSignatory', () => {
  it('lets nameGenitive and titleGenitive override the declension', () => {
    const signatory = russianSignatory({
      name: 'Гүлнәр Әбенова',
      title: 'Директор',
      nameGenitive: 'Әбеновой Гүлнәр',
      titleGenitive: 'директора фонда',
    });
    expect(signatory.nameGenitive).toBe('Әбеновой Гүлнәр');
    expect(signatory.titleGenitive).toBe('директора фонда');
    expect(signatory.automatic).toEqual([]);
  });

  it('leaves a name and a title in Latin letters as written, and reports them as guesses', () => {
    const signatory = russianSignatory({ name: 'Aizada Sultanbekova', title: 'Director' });
    expect(signatory.nameGenitive).toBe('Aizada Sultanbekova');
    expect(signatory.nameSurnameFirst).toBe('Aizada Sultanbekova');
    expect(signatory.titleGenitive).toBe('Director');
    expect(signatory.guessed).toEqual(['name', 'title']);
  });

  it('puts the basis into the genitive after "на основании"', () => {
    expect(basisGenitive('Доверенность № 12 от 1 февраля 2027 г.')).toBe(
      'доверенности № 12 от 1 февраля 2027 г.',
    );
    expect(basisGenitive('Устав')).toBe('Устава');
    expect(basisGenitive('приказа № 5')).toBe('приказа № 5');
  });
});
