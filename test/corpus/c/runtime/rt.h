/* The corpus runtime: Linux system calls write and exit through `sc`, and small print helpers.
   Everything a program needs beyond its own code is here; nothing comes from a C library. */
#ifndef RT_H
#define RT_H

typedef unsigned int size_t;
typedef unsigned char u8;
typedef signed char s8;
typedef unsigned short u16;
typedef short s16;
typedef unsigned int u32;
typedef int s32;
typedef unsigned long long u64;
typedef long long s64;

long write(int fd, const void *buf, size_t len);
__attribute__((noreturn)) void exit(int code);

/* GCC may emit calls to these for struct copies and initialisers even with -ffreestanding. */
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

void print_str(const char *s);
void print_char(char c);
void print_nl(void);
void print_int(int v);
void print_uint(unsigned v);
void print_hex(unsigned v);              /* 8 hex digits */
void print_i64(long long v);             /* uses libgcc's 64-bit division */
void print_u64(unsigned long long v);
void print_hex64(unsigned long long v);  /* 16 hex digits */
/* "label=value\n" shorthands: most programs print one named result per line. */
void show_int(const char *label, int v);
void show_hex(const char *label, unsigned v);
void show_i64(const char *label, long long v);
void show_hex64(const char *label, unsigned long long v);

#endif
