/* Runtime of the gcc -S tests (rt.c, rt_start.s). */
#ifndef RT_H
#define RT_H
void *memcpy(void *d, const void *s, unsigned n);
void *memset(void *d, int c, unsigned n);
int memcmp(const void *a, const void *b, unsigned n);
unsigned strlen(const char *s);
void put_str(const char *s);
void put_char(char c);
void put_uint(unsigned long long v);
void put_int(long long v);
void put_hex(unsigned v);
#endif
