export { cut, cutAll, cutForSearch, tokensForModel, STOP_WORDS, USER_DICT_PATH, STOP_WORDS_PATH } from './segment.js';
