/**
 * The single source of the `sound-of-metal` demo featurette: an honest, synthetic stand-in for
 * the studio's trailer. `scripts/make-demo-media.mjs` turns this file into the media
 * (`public/media/sound-of-metal/`) and every caption file (`titles/sound-of-metal/`), so cue
 * times come from the measured audio, never from hand-typed timestamps.
 *
 * Facts come only from the seed article (EW, 2020-09-24); the quotes are Riz Ahmed's and Darius
 * Marder's words to EW at TIFF 2019. The narrators are synthetic voices, not the film's cast.
 *
 * Shape:
 * - `chapters[]` → `scenes[]`; a scene is one title card on screen while its `items` play.
 * - Items play one after another, never overlapping, so each narration line is preceded by true
 *   silence (the media test detects speech onsets from that silence).
 *   - `{ type: 'line', voice, text, es, asl? }`: one espeak clip = one caption cue. `text` is the
 *     caption (typographic quotes allowed); `say` overrides what espeak reads. `asl` names a note
 *     in `aslNotes`, timed to this cue.
 *   - `{ type: 'sound', sound, seconds, caption, es }`: synthesized sound design with a sound cue.
 *   - `{ type: 'muffled', voice, say, caption, es }`: speech through a low-pass filter.
 *   - `{ type: 'silence', seconds, caption?, es? }`: digital silence, captioned when `caption` is set.
 * - `card.description` is the text audio description of the card, placed in the card's opening
 *   gap in the dialogue (the generator lengthens that gap until the description fits).
 */

/** Narration voices: espeak-ng voice names at one fixed speed. Neutral names, not characters. */
export const voices = {
  narrator: { name: 'Narrator', es: 'Narrador', espeak: 'en-us', pitch: 38 },
  second: { name: 'Second narrator', es: 'Segunda narradora', espeak: 'en-gb+f3', pitch: 62 },
};

/** espeak-ng words per minute for every line. */
export const speed = 150;

/** Silence between consecutive items, in seconds (the test needs ≥ 0.3 s before speech). */
export const itemGap = 0.4;

/** Frame rate and size of the rendered cards. */
export const video = { width: 854, height: 480, fps: 24, background: '0x101010' };

/** A line that runs along the bottom of every frame, so no still misleads. */
export const footer = 'Synthetic stand-in made for this demo · not the official trailer';

export const chapters = [
  {
    title: 'Opening',
    scenes: [
      {
        card: {
          lines: [
            { text: 'SOUND OF METAL', style: 'title' },
            { text: '2020 · Directed by Darius Marder', style: 'body' },
          ],
          description: 'Title card: Sound of Metal, 2020, directed by Darius Marder.',
        },
        items: [
          {
            type: 'sound',
            sound: 'music-intro',
            seconds: 4.5,
            caption: '♪ soft synthesized chords ♪',
            es: '♪ acordes sintetizados suaves ♪',
          },
          {
            type: 'line',
            voice: 'narrator',
            text: 'This is a short featurette about Sound of Metal.',
            es: 'Este es un breve reportaje sobre Sound of Metal.',
          },
        ],
      },
      {
        card: {
          lines: [
            { text: 'A synthetic stand-in', style: 'heading' },
            { text: 'for the official trailer', style: 'heading' },
            { text: '', style: 'gap' },
            { text: 'Computer voices and sounds,', style: 'body' },
            { text: 'made for this demo', style: 'body' },
          ],
          description: 'Card: A synthetic stand-in for the official trailer.',
        },
        items: [
          {
            type: 'line',
            voice: 'second',
            text: 'This is a synthetic stand-in, not the official trailer.',
            es: 'Es un sustituto sintético, no el tráiler oficial.',
          },
        ],
      },
    ],
  },
  {
    title: 'The drummer',
    scenes: [
      {
        card: {
          lines: [
            { text: 'Ruben is a drummer', style: 'heading' },
            { text: 'in the duo Blackgammon', style: 'heading' },
            { text: '', style: 'gap' },
            { text: 'Riz Ahmed as Ruben · Olivia Cooke as Lou', style: 'body' },
          ],
          description: 'Card: Ruben, drummer in Blackgammon. Riz Ahmed as Ruben, Olivia Cooke as Lou.',
        },
        items: [
          {
            type: 'sound',
            sound: 'drums',
            seconds: 5,
            caption: '[drums pounding]',
            es: '[tambores retumbando]',
          },
          {
            type: 'line',
            voice: 'narrator',
            text: 'Ruben is a musician. He plays the drums.',
            es: 'Ruben es músico. Toca la batería.',
            asl: 'MUSIC',
          },
          {
            type: 'line',
            voice: 'narrator',
            text: 'He fronts the duo Blackgammon with his girlfriend, Lou.',
            es: 'Lidera el dúo Blackgammon con su novia, Lou.',
          },
          {
            type: 'line',
            voice: 'second',
            text: 'Riz Ahmed plays Ruben, and Olivia Cooke plays Lou.',
            es: 'Riz Ahmed interpreta a Ruben, y Olivia Cooke, a Lou.',
          },
        ],
      },
    ],
  },
  {
    title: 'The ringing',
    scenes: [
      {
        card: {
          lines: [{ text: 'His hearing begins to fail', style: 'heading' }],
          description: 'Card: His hearing begins to fail.',
        },
        items: [
          {
            type: 'sound',
            sound: 'ringing',
            seconds: 4,
            caption: '[high-pitched ringing]',
            es: '[pitido agudo]',
          },
          {
            type: 'line',
            voice: 'narrator',
            text: 'Then Ruben begins to lose his hearing.',
            es: 'Entonces Ruben empieza a perder la audición.',
            asl: 'HEAR',
          },
          {
            type: 'line',
            voice: 'narrator',
            text: 'His deafness worsens, with bouts of ringing in his ears.',
            es: 'Su sordera empeora, con episodios de zumbido en los oídos.',
          },
          {
            type: 'line',
            voice: 'second',
            text: 'Listen. This stand-in imitates muffled sound.',
            es: 'Escucha. Este sustituto imita un sonido amortiguado.',
            asl: 'LISTEN',
          },
          {
            type: 'muffled',
            voice: 'second',
            say: 'Ruben? Can you hear me?',
            caption: '[muffled voice]',
            es: '[voz amortiguada]',
          },
          {
            type: 'line',
            voice: 'narrator',
            text: 'And then, quiet.',
            es: 'Y después, silencio.',
            asl: 'SHH',
          },
        ],
      },
      {
        card: {
          lines: [],
          description: 'The screen goes black. No sound.',
        },
        items: [{ type: 'silence', seconds: 3, caption: '[silence]', es: '[silencio]' }],
      },
    ],
  },
  {
    title: 'A community',
    scenes: [
      {
        card: {
          lines: [
            { text: 'He searches for a community', style: 'heading' },
            { text: 'that understands him', style: 'heading' },
          ],
          description: 'Card: He searches for a community that understands him.',
        },
        items: [
          {
            type: 'line',
            voice: 'second',
            text: 'Ruben searches for a community that understands him.',
            es: 'Ruben busca una comunidad que lo comprenda.',
          },
          {
            type: 'line',
            voice: 'second',
            text: 'Ahmed worked with an ASL instructor, Jeremy, who is also in the film.',
            say: 'Ahmed worked with an A S L instructor, Jeremy, who is also in the film.',
            es: 'Ahmed trabajó con un instructor de ASL, Jeremy, que también sale en la película.',
            asl: 'SIGN',
          },
        ],
      },
      {
        card: {
          lines: [
            { text: 'Deaf performers', style: 'heading' },
            { text: 'Lauren Ridloff · Chelsea Lee', style: 'body' },
          ],
          description: 'Card: Deaf performers, Lauren Ridloff and Chelsea Lee.',
        },
        items: [
          {
            type: 'line',
            voice: 'narrator',
            text: 'The film includes deaf performers, Lauren Ridloff and Chelsea Lee.',
            es: 'La película cuenta con artistas sordas: Lauren Ridloff y Chelsea Lee.',
            asl: 'DEAF',
          },
        ],
      },
      {
        card: {
          lines: [
            { text: '“When you express yourself', style: 'quote' },
            { text: 'with your whole body, it’s just', style: 'quote' },
            { text: 'a much more expressive, honest,', style: 'quote' },
            { text: 'visceral experience.”', style: 'quote' },
            { text: '', style: 'gap' },
            { text: '— Riz Ahmed, to EW, TIFF 2019', style: 'credit' },
          ],
          description: 'Card: a quote from Riz Ahmed, told to EW at TIFF 2019.',
        },
        items: [
          {
            type: 'line',
            voice: 'second',
            text: 'He was told deaf people say hearing people hide behind words.',
            es: 'Le contaron que, para los sordos, los oyentes se esconden tras las palabras.',
            asl: 'HEARING',
          },
          {
            type: 'line',
            voice: 'second',
            text: 'In his words: “When you express yourself with your whole body,',
            say: 'In his words: When you express yourself with your whole body,',
            es: 'En sus palabras: «Cuando te expresas con todo el cuerpo,',
          },
          {
            type: 'line',
            voice: 'second',
            text: 'it’s just a much more expressive, honest, visceral experience.”',
            say: "it's just a much more expressive, honest, visceral experience.",
            es: 'es una experiencia mucho más expresiva, honesta y visceral».',
          },
        ],
      },
    ],
  },
  {
    title: 'A movie for humans',
    scenes: [
      {
        card: {
          lines: [
            { text: '“It’s a movie for humans.”', style: 'heading' },
            { text: '', style: 'gap' },
            { text: '— Darius Marder, to EW, TIFF 2019', style: 'credit' },
          ],
          description: 'Card: a quote from Darius Marder, told to EW at TIFF 2019.',
        },
        items: [
          {
            type: 'line',
            voice: 'narrator',
            text: 'Darius Marder calls it “a movie for humans”.',
            say: 'Darius Marder calls it a movie for humans.',
            es: 'Darius Marder la llama «una película para humanos».',
            asl: 'MOVIE',
          },
        ],
      },
      {
        card: {
          lines: [
            { text: 'Produced by Derek Cianfrance', style: 'heading' },
            { text: '', style: 'gap' },
            { text: 'Amazon Prime streaming debut', style: 'body' },
            { text: 'Dec. 4, 2020', style: 'body' },
          ],
          description: 'Card: Produced by Derek Cianfrance. On Amazon Prime from Dec. 4, 2020.',
        },
        items: [
          {
            type: 'line',
            voice: 'second',
            text: 'Derek Cianfrance produced the film.',
            say: 'Derek Sian-France produced the film.',
            es: 'Derek Cianfrance produjo la película.',
          },
          {
            type: 'line',
            voice: 'second',
            text: 'Its Amazon Prime streaming debut was set for December 4, 2020.',
            say: 'Its Amazon Prime streaming debut was set for December fourth, twenty twenty.',
            es: 'Su estreno en Amazon Prime estaba previsto para el 4 de diciembre de 2020.',
          },
        ],
      },
      {
        card: {
          lines: [
            { text: 'SOUND OF METAL', style: 'title' },
            { text: '', style: 'gap' },
            { text: 'This featurette is a synthetic stand-in', style: 'body' },
            { text: 'made for Caption Companion', style: 'body' },
          ],
          description: 'End card: Sound of Metal, a synthetic stand-in for this demo.',
        },
        items: [
          {
            type: 'sound',
            sound: 'music-outro',
            seconds: 4.5,
            caption: '♪ synthesized chords fade out ♪',
            es: '♪ los acordes sintetizados se apagan ♪',
          },
        ],
      },
    ],
  },
];

/**
 * ASL interpreter notes (`AslNote` in captions/model.ts), keyed by gloss. Each description of the
 * sign paraphrases the linked dictionary entry and says no more than it does.
 */
export const aslNotes = {
  MUSIC: {
    gloss: 'MUSIC',
    title: 'Music',
    body: 'Ruben is a musician. Lifeprint likens MUSIC to holding a hymn book in one hand and leading a choir with the other, a sign that has become simpler over the years.',
    handshape: 'Both hands flat.',
    location: 'The non-dominant hand is held out like the book; the dominant hand is held above it.',
    movement: 'The dominant hand swings back once over the base hand and then forward again.',
    dictionary: {
      name: 'Lifeprint (ASL University): MUSIC',
      url: 'https://lifeprint.com/asl101/pages-signs/m/music.htm',
    },
  },
  HEAR: {
    gloss: 'HEAR',
    title: 'Hearing, the physical sense',
    body: 'Losing his hearing means the sense itself. Lifeprint keeps this apart from HEARING, the cultural sign for a hearing person: to talk about physical hearing, you simply tap your ear.',
    handshape: 'One hand; the entry names only the action, not a handshape.',
    location: 'The ear.',
    movement: 'Tap the ear twice.',
    dictionary: {
      name: 'Lifeprint (ASL University): HEARING',
      url: 'https://lifeprint.com/asl101/pages-signs/h/hearing.htm',
    },
  },
  LISTEN: {
    gloss: 'LISTEN',
    title: 'Listen, by ear or by eye',
    body: 'HandSpeak gives two signs for LISTEN that differ only in location: at the ear for hearing listeners, at the eye for deaf listeners, because listening is about attention rather than the ear.',
    handshape: 'A “C” hand, palm facing left; some signers use an “L” hand with the thumb toward the ear.',
    location: 'Pointing toward the dominant ear; the deaf version is placed at the eye instead.',
    movement: 'The hand is held pointing at the ear (or eye); the entry describes no further movement.',
    dictionary: { name: 'HandSpeak: LISTEN', url: 'https://www.handspeak.com/word/1285/' },
  },
  SHH: {
    gloss: 'SHH',
    title: 'Calling for quiet',
    body: 'As the sound drops away, this is ASL’s interjection for calling for silence, telling someone to stop talking or to make less noise.',
    handshape: 'The index finger of the dominant hand, palm facing left.',
    location: 'At the mouth.',
    movement: 'The finger taps on the mouth while the mouth shapes “sh”.',
    dictionary: { name: 'HandSpeak: SHH', url: 'https://www.handspeak.com/word/7606/' },
  },
  SIGN: {
    gloss: 'SIGN',
    title: 'Sign, signing, sign language',
    body: 'ASL is American Sign Language. One sign covers “a sign”, “signing” and “sign language”; it is not the sign for a road sign or billboard.',
    handshape: 'Both hands in the “1” handshape (index fingers out).',
    location: 'In front of the body.',
    movement:
      'The index fingers draw large alternating circles, as if pedalling a bicycle backwards; many signers circle the other way, and both are used.',
    dictionary: {
      name: 'Lifeprint (ASL University): SIGN',
      url: 'https://www.lifeprint.com/asl101/pages-signs/s/sign.htm',
    },
  },
  DEAF: {
    gloss: 'DEAF',
    title: 'Deaf',
    body: 'Lauren Ridloff and Chelsea Lee are deaf performers. In fast signing, as in the phrase “Deaf community”, DEAF may touch the cheek only once.',
    handshape: 'The index finger.',
    location:
      'The cheek: it starts near the ear and ends near the mouth, touching the cheek, not the ear or the lips.',
    movement: 'A small arc between the two points; many signers go from the mouth to the ear instead.',
    dictionary: {
      name: 'Lifeprint (ASL University): DEAF',
      url: 'https://lifeprint.com/asl101/pages-signs/d/deaf.htm',
    },
  },
  HEARING: {
    gloss: 'HEARING',
    title: 'Hearing, as a culture',
    body: 'Ahmed passed on that deaf people say hearing people hide behind words. The cultural sign HEARING shows a person as a speaker, words tumbling from the mouth; the same sign also means “say”.',
    handshape: 'One hand; the entry describes the motion rather than naming a handshape.',
    location: 'In front of the mouth.',
    movement:
      'A small rotation, up, forward, down and back, done twice, like words tumbling forth from the mouth.',
    dictionary: {
      name: 'Lifeprint (ASL University): HEARING',
      url: 'https://lifeprint.com/asl101/pages-signs/h/hearing.htm',
    },
  },
  MOVIE: {
    gloss: 'MOVIE',
    title: 'Movie',
    body: 'Marder calls the film “a movie for humans”. Lifeprint shows several versions of MOVIE and urges teachers to be careful before calling a student’s variant wrong.',
    handshape: 'Two hands: the dominant hand against the non-dominant hand, which is the base.',
    location: 'In front of the body; the base hand is upright in one version and palm down in another.',
    movement: 'The dominant hand twists from side to side against the base hand.',
    dictionary: {
      name: 'Lifeprint (ASL University): MOVIE',
      url: 'https://lifeprint.com/asl101/pages-signs/m/movie.htm',
    },
  },
};

/**
 * The audio introduction (SBS-style; captions/audio-introduction.ts), heard before the film: what
 * the screen shows, who the voices are and what the sound design does. Every sentence is a fact
 * about this synthetic featurette, from the timeline above and the generator; paragraphs in order.
 */
export const audioIntroduction = [
  'Audio introduction to Sound of Metal, the demo featurette of Caption Companion.',
  'This featurette runs just under two minutes. It is a synthetic stand-in made for this demo, not the studio’s trailer: no actor appears and no scene from the film is shown. Everything on screen is a series of text cards, white lettering centred on a near-black background. Along the bottom of every frame, small grey text reads: Synthetic stand-in made for this demo, not the official trailer.',
  'The first card shows the title, SOUND OF METAL, in large bold capitals, with 2020 and Directed by Darius Marder beneath. The other cards carry short headings in bold and names and dates in plain type; two of them hold quotations, set in italic serif type with the speaker credited below: Riz Ahmed and Darius Marder, both speaking to Entertainment Weekly at the Toronto International Film Festival in 2019. The last card repeats the title. The audio description reads each card as it appears.',
  'Two synthetic computer voices narrate; neither belongs to anyone in the cast. The narrator has a lower, American English voice. The second narrator has a higher, British English voice. The captions call them Narrator and Second narrator. They tell of Ruben, a drummer, played by Riz Ahmed, and Lou, played by Olivia Cooke, and of the deaf performers Lauren Ridloff and Chelsea Lee; none of them is seen or heard here.',
  'The sound design is synthesized as well. The featurette opens with soft synthesized chords and ends with the same chords fading out. Under the card about Ruben the drummer, a drum machine pounds a steady beat. When his hearing begins to fail, a high-pitched ringing tone sounds for a few seconds; later the second narrator asks, Ruben? Can you hear me?, muffled, as if through a wall. Then the screen goes black, with three seconds of complete silence.',
  'There are five chapters: Opening, The drummer, The ringing, A community, and A movie for humans.',
];

/** The manifest fields that are not derived from the media. */
export const title = {
  slug: 'sound-of-metal',
  title: 'Sound of Metal',
  year: 2020,
  synopsis:
    'Ruben drums in Blackgammon, the two-person band he fronts with his girlfriend, Lou. When his hearing starts to go, with harrowing spells of ringing in his ears, he has to face his worsening deafness, hold on to his sobriety and to the band, and look for a community that understands him. Darius Marder directs; the cast includes deaf performers such as Lauren Ridloff and Chelsea Lee.',
  credits: [
    { role: 'Director', name: 'Darius Marder' },
    { role: 'Producer', name: 'Derek Cianfrance' },
    { role: 'Ruben', name: 'Riz Ahmed' },
    { role: 'Lou', name: 'Olivia Cooke' },
    { role: 'Cast', name: 'Lauren Ridloff' },
    { role: 'Cast', name: 'Chelsea Lee' },
  ],
  posterAlt:
    'Title card: the words “SOUND OF METAL” in large white letters on black, with “2020 · Directed by Darius Marder” below.',
  mediaNotice:
    'This video is a synthetic stand-in made for this demo from computer voices, synthesized sounds and text cards; it is not the official trailer.',
};
