export { cut, cutAll, cutForSearch, tokensForModel, releaseSegmenter, STOP_WORDS, USER_DICT_PATH, STOP_WORDS_PATH } from './segment.js';
