import { runArticleBench } from './bench/article';
await runArticleBench();
